import { describe, expect, it } from 'vitest';
import { utcMs, wallClock } from '../../../src/stats/schema/wall-clock.ts';

describe('wallClock', () => {
  it('takes apart 2024-12-31 13:05:09.007123 as Python does (Tue, day 366, 1 PM)', () => {
    expect(wallClock(Date.UTC(2024, 11, 31, 13, 5, 9, 7) + 0.123)).toEqual({
      year: 2024,
      year2: 24,
      month: 12,
      day: 31,
      yday: 366,
      hour: 13,
      hour12: 1,
      pm: 1,
      minute: 5,
      second: 9,
      micro: 7123,
      weekday: 2,
      isoWeekday: 2,
    });
  });

  it('carries a fraction that rounds up to a whole millisecond, before 1970 too', () => {
    expect(wallClock(-0.0000001)).toMatchObject({ year: 1970, month: 1, day: 1, hour: 0, micro: 0 });
    expect(wallClock(-0.001)).toMatchObject({ year: 1969, month: 12, day: 31, hour: 23, hour12: 11, pm: 1, second: 59, micro: 999_999, weekday: 3 });
  });

  it('agrees with Date, day by day, from year 1 to 2400', () => {
    const wrong: string[] = [];
    // A day and an hour less a millisecond at a time, so the time of day moves too.
    for (let t = new Date('0001-01-01T00:00:00Z').getTime(); t < Date.UTC(2400, 0, 1); t += 86_400_000 + 3_599_999) {
      const d = new Date(t);
      const c = wallClock(t);
      const same =
        c.year === d.getUTCFullYear() &&
        c.month === d.getUTCMonth() + 1 &&
        c.day === d.getUTCDate() &&
        c.hour === d.getUTCHours() &&
        c.minute === d.getUTCMinutes() &&
        c.second === d.getUTCSeconds() &&
        c.micro === d.getUTCMilliseconds() * 1000 &&
        c.weekday === d.getUTCDay();
      if (!same || utcMs(c.year, c.month, c.day, c.hour, c.minute, c.second) + c.micro / 1000 !== t) wrong.push(d.toISOString());
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});

describe('utcMs', () => {
  it.each<[[number, number, number, number?], number]>([
    [[2024, 1, 60], Date.UTC(2024, 1, 29)],
    [[2023, 13, 1], Date.UTC(2024, 0, 1)],
    [[2023, 3, 0], Date.UTC(2023, 1, 28)],
    [[2023, 1, 1, 24], Date.UTC(2023, 0, 2)],
    [[50, 6, 1], new Date('0050-06-01T00:00:00Z').getTime()],
  ])('%j carries over as Date does', (args, ms) => {
    expect(utcMs(...args)).toBe(ms);
  });
});

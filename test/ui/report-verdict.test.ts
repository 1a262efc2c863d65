import { describe, expect, it } from 'vitest';
import { reportVerdict } from '../../src/ui/report-verdict.ts';
import type { Evaluation, RunReportData, Utility } from '../../src/workers/synth-api.ts';
import { evaluation, report, utility } from './run-report-fixture.ts';

/** The fixture's utility result with the given ROC AUC, trained on synthetic and on real rows. */
const scored = (synthetic: number, real: number): Utility => ({
  ...utility,
  trainedOnSynthetic: { ...utility.trainedOnSynthetic, rocAuc: synthetic },
  trainedOnReal: { ...utility.trainedOnReal, rocAuc: real },
});

const withPrivacy = (privacy: Partial<NonNullable<Evaluation['privacy']>>): RunReportData => {
  const base = evaluation(0.811);
  return { ...report, evaluation: { ...base, privacy: { ...(base.privacy as NonNullable<Evaluation['privacy']>), ...privacy } } };
};

describe('reportVerdict: the report answers first, in words', () => {
  it('places fidelity between independent columns and held-out real rows', () => {
    // 81.1% between 45.6% and 92.3%: 76% of the way up.
    expect(reportVerdict(report, null)[0]).toEqual({
      aspect: 'Fidelity',
      tone: 'fair',
      word: 'Fair',
      text: 'Quality 81.1%: 76% of the way from independent columns (45.6%) to held-out real rows (92.3%).',
    });
    expect(reportVerdict({ ...report, evaluation: evaluation(0.9) }, null)[0].tone).toBe('good');
    expect(reportVerdict({ ...report, evaluation: evaluation(0.5) }, null)[0].tone).toBe('poor');
    expect(reportVerdict({ ...report, evaluation: evaluation(0.95) }, null)[0].text).toBe('Quality 95.0%: as high as held-out real rows (92.3%).');
    expect(reportVerdict({ ...report, evaluation: evaluation(0.4) }, null)[0].text).toBe('Quality 40.0%: no better than independent columns (45.6%).');
    const tablesOnly = reportVerdict({ ...report, evaluation: null, floor: null, ceiling: null }, null)[0];
    expect(tablesOnly).toMatchObject({ tone: 'unknown', word: 'Not measured' });
    expect(tablesOnly.text).toContain('mean TVD of 0.0123');
  });

  it('judges utility by the synthetic-trained model over the real-trained one, and says how to measure it when not yet', () => {
    expect(reportVerdict(report, scored(0.88, 0.9))[1]).toEqual({
      aspect: 'Utility',
      tone: 'good',
      word: 'Good',
      text: 'A model predicting income learnt from the synthetic rows scores ROC AUC 0.880 on unseen real rows: 98% of the 0.900 it scores learnt from the real rows.',
    });
    expect(reportVerdict(report, scored(0.8, 0.9))[1].tone).toBe('fair');
    expect(reportVerdict(report, scored(0.6, 0.9))[1].tone).toBe('poor');
    expect(reportVerdict(report, null)[1].text).toBe('Not measured yet: it needs held-out rows (a holdout share above 0).');
    const offered = { ...report, utilityTargets: [{ column: 'income', task: 'binary' as const, classes: ['<=50K', '>50K'], positive: '>50K' }] };
    expect(reportVerdict(offered as RunReportData, null)[1].text).toBe('Not measured yet: choose a column to predict under Utility and press Run.');
  });

  it('judges privacy by distances to training and held-out rows, with the margin of error, and names the protection', () => {
    expect(reportVerdict(report, null)[2]).toEqual({
      aspect: 'Privacy',
      tone: 'good',
      word: 'Good',
      text: '52.0% ± 1.0% of synthetic rows are closer to a training row than to a held-out one (50% is no leak). 0.0% are identical to a training row, where 1.0% of held-out real rows are. Rare categories and small cells were pooled first (k = 5).',
    });
    // 58% ± 1%: fair; 70%: weak; more copies of training rows than of held-out rows: weak whatever the distances.
    expect(reportVerdict(withPrivacy({ dcrShare: 0.58 }), null)[2].tone).toBe('fair');
    expect(reportVerdict(withPrivacy({ dcrShare: 0.7 }), null)[2].tone).toBe('poor');
    expect(reportVerdict(withPrivacy({ ims: 0.05, imsHoldout: 0.01 }), null)[2].tone).toBe('poor');
    // Within its margin of error of 55%: good.
    expect(reportVerdict(withPrivacy({ dcrShare: 0.56, dcrShareError: 0.01 }), null)[2].tone).toBe('good');
    const none = reportVerdict({ ...report, evaluation: evaluation(0.8), disclosure: null }, null);
    expect(none[2].tone).toBe('good');
    expect(reportVerdict({ ...report, evaluation: null }, null)[2].text).toBe(
      'Not measured: it needs held-out rows (a holdout share above 0). Rare categories and small cells were pooled first (k = 5).',
    );
  });
});

import { cutCell } from '../workers/synth-api.ts';
import type { Utility } from '../workers/synth-api.ts';

const count = (n: number) => n.toLocaleString('en');

/** What the utility table predicts, e.g. "Predicting income: positive class >50K". */
export function utilityCaption(utility: Utility): string {
  const what =
    utility.task === 'binary'
      ? `positive class ${cutCell(utility.positive ?? '')}`
      : utility.task === 'multiclass'
        ? `${utility.classes.length} classes`
        : 'regression';
  return `Predicting ${cutCell(utility.target)}: ${what}`;
}

/** The learner and the rows behind the scores, saying so when the models learnt from a sample. */
export function utilityRowsText(utility: Utility): string {
  const { rows, learntFrom } = utility;
  const text = `${utility.learner}. Rows with a value for ${cutCell(utility.target)}: ${count(rows.synthetic)} synthetic, ${count(rows.real)} real, ${count(rows.holdout)} held out for the test.`;
  if (learntFrom.synthetic === rows.synthetic && learntFrom.real === rows.real) return text;
  return `${text} Each model learnt from a fixed random sample of them: ${count(learntFrom.synthetic)} synthetic, ${count(learntFrom.real)} real.`;
}

import { expect, it } from 'vitest';
import * as summarizeStage from '../../src/summarize/index.js';

it('exports exactly the public API of the summarize stage', () => {
  expect(Object.keys(summarizeStage).sort()).toEqual(['DEFAULT_KEY_FACTS', 'RANKER_NAMES', 'chooseKeyFacts', 'rankSentences', 'segmentSections', 'summarize', 'summaryHeadline']);
});

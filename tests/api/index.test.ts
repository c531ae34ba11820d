import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('the library entry', () => {
  it('exports exactly the pipeline stages and error classes', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_MAX_BYTES',
      'FetchError',
      'InputError',
      'NewsDigestError',
      'UsageError',
      'extractEntities',
      'extractFacts',
      'extractQuantityFacts',
      'extractQuotes',
      'groupSpeakers',
      'loadInputs',
      'parseSource',
      'sanitizeForTerminal',
      'segmentSections',
      'splitSentences',
      'structureArticle',
      'summarize',
    ]);
  });
});

/**
 * Worker thread of `digest --jobs N`: structures and digests the sources the main thread sends,
 * one message each, and answers with the entry or the error, tagged with the message's id.
 */
import { parentPort } from 'node:worker_threads';
import type { Source } from '../../article.js';
import { structureArticle } from '../../structure/structure-article.js';
import { digestArticle } from '../../summarize/digest/index.js';

// Loading the pipeline is most of a worker's start-up; say when it is done, so that the main
// thread digests articles itself until then instead of queueing them behind the start-up.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: { id: number; source: Source }) => {
  try {
    parentPort!.postMessage({ id: message.id, entry: digestArticle(structureArticle(message.source)) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});

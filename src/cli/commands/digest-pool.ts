import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Source } from '../../article.js';
import { structureArticle } from '../../structure/structure-article.js';
import { digestArticle, type DigestEntry } from '../../summarize/digest/index.js';

/** Digests sources, in this thread or in worker threads; results come back per call. */
export interface DigestPool {
  run(source: Source): Promise<DigestEntry>;
  close(): Promise<void>;
}

/** Digests in this thread (`--jobs 1`, or when the worker module is not there, as under tsx). */
export function inProcessPool(): DigestPool {
  return {
    run: async (source) => digestArticle(structureArticle(source)),
    close: async () => {},
  };
}

/**
 * A pool of `size` worker threads, started when a second article arrives (one article is
 * digested faster than a worker starts). Each call goes to the ready worker with the fewest
 * tasks; until a worker has loaded the pipeline, this thread digests the article itself, so
 * start-up never holds the work up and small digests cost no more than serial ones.
 */
export function workerPool(size: number): DigestPool {
  const path = workerPath();
  const local = inProcessPool();
  if (size <= 1 || path === null) return local;
  const workers: Array<{ worker: Worker; busy: number; ready: boolean }> = [];
  const waiting = new Map<number, { resolve: (entry: DigestEntry) => void; reject: (error: Error) => void; slot: { busy: number } }>();
  let nextId = 0;
  let calls = 0;
  let started = false;

  const start = () => {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(path);
      const slot = { worker, busy: 0, ready: false };
      worker.on('message', (message: { ready?: boolean; id: number; entry?: DigestEntry; error?: string }) => {
        if (message.ready) {
          slot.ready = true;
          return;
        }
        const task = waiting.get(message.id);
        if (!task) return;
        waiting.delete(message.id);
        task.slot.busy--;
        if (message.entry) task.resolve(message.entry);
        else task.reject(new Error(message.error ?? 'worker failed'));
      });
      // A worker that dies takes no more tasks, and its tasks fail instead of waiting forever;
      // the other workers (or this thread) carry on.
      const fail = (error: Error) => {
        const at = workers.indexOf(slot);
        if (at !== -1) workers.splice(at, 1);
        for (const [id, task] of waiting) {
          if (task.slot !== slot) continue;
          waiting.delete(id);
          task.reject(error);
        }
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`worker stopped (exit code ${code})`)));
      workers.push(slot);
    }
  };

  return {
    run(source) {
      if (calls++ === 0) return local.run(source);
      if (!started) {
        started = true;
        start();
      }
      const ready = workers.filter((candidate) => candidate.ready);
      if (ready.length === 0) return local.run(source);
      const slot = ready.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
      const id = nextId++;
      slot.busy++;
      return new Promise<DigestEntry>((resolve, reject) => {
        waiting.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, source });
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/**
 * Where the built worker module is: beside this module when it runs from its own file, or at
 * dist/cli/commands/ when it is part of a bundle (dist/cli/bundle.cjs, whose `import.meta.url`
 * the launcher sets to the bundle's). Null when neither exists.
 */
function workerPath(): string | null {
  for (const candidate of ['./digest-worker.js', '../cli/commands/digest-worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

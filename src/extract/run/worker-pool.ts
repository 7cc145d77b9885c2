import { Worker } from "node:worker_threads";
import type { FileOutcome, FileTask } from "./process-file";

const WORKER_URL = new URL("./extract-worker.ts", import.meta.url);

interface Pending {
  id: number;
  task: FileTask;
  resolve: (outcome: FileOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads running processFile; tasks queue and go to
 * whichever worker is free. Workers start from `entry`, the worker code
 * bundled as one JavaScript file, or when there is none through tsx's
 * loader, registered inside each worker because loader hooks are not
 * inherited by worker threads. Either way starting takes a while, so a
 * worker only counts as `ready` (and gets tasks) once its module graph is
 * loaded: until then the main thread keeps the work.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;
  private readyCount = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(size: number, workerData: { cacheRoot: string | null; version: string }, entry: Promise<string | null>) {
    void entry.then(
      (bundle) => this.start(size, workerData, bundle),
      () => this.start(size, workerData, null),
    );
  }

  private start(size: number, workerData: { cacheRoot: string | null; version: string }, bundle: string | null): void {
    if (this.closing) return;
    const tsx = import.meta.resolve("tsx/esm/api");
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
    for (let i = 0; i < size; i++) {
      const worker =
        bundle === null
          ? new Worker(bootstrap, { eval: true, workerData })
          : // Not the parent's --import tsx: the bundle is plain JavaScript.
            new Worker(bundle, { workerData, execArgv: [] });
      worker.on("message", (message: { id: number; outcome: FileOutcome } | "ready") => {
        if (message === "ready") {
          this.readyCount++;
          this.idle.push(worker);
          this.pump();
          return;
        }
        const job = this.running.get(worker);
        this.running.delete(worker);
        this.idle.push(worker);
        if (job && job.id === message.id) job.resolve(message.outcome);
        this.pump();
      });
      worker.on("error", (error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`extraction worker stopped with exit code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  /** Workers that have started and take tasks. */
  get ready(): number {
    return this.readyCount;
  }

  run(task: FileTask): Promise<FileOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const job = this.queue.shift();
      if (!worker || !job) return;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const job of [...this.queue, ...this.running.values()]) job.reject(error);
    this.queue.length = 0;
    this.running.clear();
  }
}

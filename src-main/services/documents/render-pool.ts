import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { producerOf, type ProducedFile, type Producer } from './document-render'

/**
 * Worker threads that render DOCX files, so that a bulk generation uses every core: rendering is the CPU-heavy step,
 * while files and records stay in the calling thread (one database connection). Where no worker can be started (the
 * bundled desktop app ships no separate worker file), rendering simply happens in this thread.
 */
export interface RenderPool {
  produce: Producer
  /** How many renderings may usefully run at once. */
  size: number
  close(): Promise<void>
}

interface Pending {
  resolve: (produced: ProducedFile) => void
  reject: (error: Error) => void
}

/**
 * A worker renders one document at a time, with a few hundred kilobytes alive: a small young generation keeps its
 * memory to what it needs (V8 would otherwise let it grow to tens of megabytes per thread).
 */
const WORKER_LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } }

function startWorker(): Worker | null {
  const compiled = join(__dirname, 'render-worker.js')
  if (existsSync(compiled)) return new Worker(compiled, WORKER_LIMITS)
  const source = join(__dirname, 'render-worker.ts')
  // Run from TypeScript (CLI, benchmarks, tests through tsx): the worker registers the same loader first.
  if (existsSync(source))
    return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)})`, {
      ...WORKER_LIMITS,
      eval: true
    })
  return null
}

export function createRenderPool(size = Math.min(2, availableParallelism())): RenderPool {
  const workers = Array.from({ length: size }, startWorker).filter(
    (worker): worker is Worker => worker !== null
  )
  if (workers.length === 0) return { produce: producerOf(), size: 1, close: async () => undefined }
  const pending = new Map<number, Pending>()
  let nextId = 0
  let turn = 0
  for (const worker of workers) {
    // A worker that dies fails what it was given, rather than leaving it waiting forever.
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    })
    worker.on('message', (message: { id: number; produced?: ProducedFile; error?: string }) => {
      const waiting = pending.get(message.id)
      pending.delete(message.id)
      if (message.produced) waiting?.resolve(message.produced)
      else waiting?.reject(new Error(message.error ?? 'Le rendu du document a échoué.'))
    })
  }
  return {
    size: workers.length,
    produce: (request, documentId) =>
      new Promise<ProducedFile>((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        const worker = workers[turn++ % workers.length] as Worker
        worker.postMessage({ id, request, documentId })
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}

import { describe, expect, it } from 'vitest'
import { CallsInFlight } from '../../../src-main/ipc/calls-in-flight'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('waiting for IPC calls before quitting', () => {
  it('waits for a call in progress, and for one arriving just after', async () => {
    const calls = new CallsInFlight()
    const answered: string[] = []
    void calls.track(wait(80).then(() => answered.push('first')))
    setTimeout(() => void calls.track(wait(50).then(() => answered.push('late autosave'))), 120)
    await calls.drain(100, 2000)
    expect(answered).toEqual(['first', 'late autosave'])
    expect(calls.size).toBe(0)
  })

  it('does not wait forever for a call that never answers', async () => {
    const calls = new CallsInFlight()
    void calls.track(new Promise(() => undefined))
    const start = Date.now()
    await calls.drain(50, 300)
    expect(Date.now() - start).toBeLessThan(1000)
  })

  it('counts a failed call as answered', async () => {
    const calls = new CallsInFlight()
    await calls.track(Promise.reject(new Error('refusé'))).catch(() => undefined)
    expect(calls.size).toBe(0)
  })
})

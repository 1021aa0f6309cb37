import { readFileSync } from 'node:fs'

/**
 * CPU time of the calling thread so far, ms (Linux: /proc/thread-self/schedstat), NaN elsewhere. `process.cpuUsage`
 * counts every thread of the process: the collector's helper threads (concurrent marking, parallel scavenging) and
 * the compiler's (optimising hot code in the background) add their work to whichever request was running. This is
 * the main thread's own share: the time the event loop was held, which is what other requests wait on.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    return NaN
  }
}

/**
 * A CPU profile of one request to a Worker under `wrangler dev` (its `--inspector-port`), through the DevTools
 * protocol: bench:worker-cold --profile DIR profiles each isolate's first question, and this summarises where its
 * CPU went (self time by function, time spent under chosen functions, the collector). Run under
 * `node --experimental-websocket` (Node 20 has WebSocket behind that flag).
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; scriptId: string }; children?: number[] }[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Profile whatever `work` makes the isolate do. */
export async function profiled<T>(inspectorPort: number, work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile; source?: string }> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl?: string }[]
  const url = targets.find((t) => t.webSocketDebuggerUrl)?.webSocketDebuggerUrl
  if (!url) throw new Error(`no inspector target on port ${inspectorPort}`)
  if (typeof WebSocket === 'undefined') throw new Error('no WebSocket: run under node --experimental-websocket (npm run bench:worker-cold does)')
  // wrangler's inspector proxy takes a client that names a local Origin (undici's WebSocket sends none by itself)
  const ws = new WebSocket(url, { headers: { origin: 'http://127.0.0.1' } } as unknown as string[])
  await new Promise((resolve, reject) => {
    ws.onopen = resolve
    ws.onerror = reject
  })
  let id = 0
  const waiting = new Map<number, (v: unknown) => void>()
  ws.onmessage = (ev) => {
    const msg = JSON.parse(String(ev.data)) as { id?: number; result?: unknown }
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result)
  }
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      waiting.set(++id, resolve)
      ws.send(JSON.stringify({ id, method, params }))
    })
  await call('Profiler.enable')
  await call('Profiler.setSamplingInterval', { interval: 100 })
  await call('Profiler.start')
  const result = await work()
  const { profile } = (await call('Profiler.stop')) as { profile: CpuProfile }
  // the script as wrangler bundled it, so that a line of the profile can be read (anonymous functions)
  await call('Debugger.enable')
  const scriptId = profile.nodes.find((n) => n.callFrame.url.endsWith('worker.js'))?.callFrame.scriptId
  const source = scriptId ? ((await call('Debugger.getScriptSource', { scriptId })) as { scriptSource?: string }).scriptSource : undefined
  ws.close()
  return { result, profile, source }
}

/** Milliseconds of samples by function (self), under each of `under` (inclusive, any depth), and in total. */
export function summarise(p: CpuProfile, under: string[] = []) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>(under.map((u) => [u, 0]))
  let total = 0
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000
    const n = byId.get(p.samples[i])!
    const f = n.callFrame
    if (f.functionName === '(idle)') continue
    total += ms
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = n.id; at !== undefined; at = parent.get(at)) seen.add(byId.get(at)!.callFrame.functionName)
    for (const u of under) if (seen.has(u)) inclusive.set(u, inclusive.get(u)! + ms)
  }
  const top = [...self].sort((a, b) => b[1] - a[1])
  return { total, top, inclusive }
}

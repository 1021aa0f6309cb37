import { createServer } from 'node:http'
import type { RunningServer } from './app-server.js'

/**
 * A department's own site on another origin: hostile CSS that would break an unshielded widget,
 * and the one-line embed. Nothing else is served.
 */
export async function startHostPage(appUrl: string, port: number, attrs = 'data-title="医保预算问答"'): Promise<RunningServer> {
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>某区医疗保障事务中心</title>
<style>
  body { font: 16px serif; margin: 0; background: #fdf6e3; }
  header { background: #8b0000; color: #fff; padding: 24px; font-size: 28px; }
  main { padding: 24px; line-height: 2; }
  /* hostile rules an embedded widget must survive */
  button { display: none !important; }
  * { letter-spacing: 3px; }
  div { border: 3px dashed magenta !important; }
</style></head>
<body>
<header>重庆市某区医疗保障事务中心</header>
<main><h1>政务公开 · 部门预算</h1><p>本中心依法公开部门预算。点击右下角按钮，向预算问答提问。</p></main>
<script src="${appUrl}/widget.js" ${attrs} async></script>
</body></html>`
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(html)
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${port}`
  return { url, origin: url, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}

import { bodyLimit } from 'hono/body-limit'
import { AppError } from './errors.js'

/** 413 before a large body is read into memory (checks Content-Length, then counts streamed bytes). */
export const limitBody = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('payload_too_large', `请求太大了（最多 ${Math.floor(maxBytes / 1024)} KB）。`)
    },
  })

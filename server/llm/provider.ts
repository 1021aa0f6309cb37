import { createOpenAI } from '@ai-sdk/openai'
import type { LanguageModel } from 'ai'
import type { Config } from '../http/config.js'

/**
 * The configured chat model, or undefined (offline mode). `.chat()` calls /chat/completions,
 * which OpenAI-compatible providers (DeepSeek, Qwen, self-hosted) serve; the bare provider calls /responses.
 */
export function modelFromConfig(config: Config): LanguageModel | undefined {
  if (!config.openai) return undefined
  const { apiKey, baseURL, model } = config.openai
  return createOpenAI({ apiKey, baseURL }).chat(model)
}

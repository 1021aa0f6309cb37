import { version } from '@ai-sdk/openai/package.json'
import { OpenAIChatLanguageModel } from '@ai-sdk/openai/internal'
import { loadApiKey, loadOptionalSetting, withoutTrailingSlash, withUserAgentSuffix } from '@ai-sdk/provider-utils'
import type { LanguageModel } from 'ai'
import type { Config } from '../http/config.js'

/**
 * The configured chat model, or undefined (offline mode): the model `createOpenAI({ apiKey, baseURL }).chat(model)`
 * makes (/chat/completions, which OpenAI-compatible providers such as DeepSeek, Qwen and self-hosted servers serve;
 * the bare provider calls /responses), built as createOpenAI builds it, with the same settings, headers and User-Agent.
 * Not through createOpenAI, whose provider object holds every OpenAI model (responses, images, speech, embeddings,
 * its hosted tools) and so carries them all into the Worker bundle (21 KiB gzipped) for the one this service uses;
 * test/llm/provider.test.ts checks the two stay the same model.
 */
export function modelFromConfig(config: Config): LanguageModel | undefined {
  if (!config.openai) return undefined
  const { apiKey, baseURL, model } = config.openai
  const base = withoutTrailingSlash(loadOptionalSetting({ settingValue: baseURL, environmentVariableName: 'OPENAI_BASE_URL' })) ?? 'https://api.openai.com/v1'
  const headers = () =>
    withUserAgentSuffix(
      { Authorization: `Bearer ${loadApiKey({ apiKey, environmentVariableName: 'OPENAI_API_KEY', description: 'OpenAI' })}` },
      `ai-sdk/openai/${version}`,
    )
  return new OpenAIChatLanguageModel(model, { provider: 'openai.chat', url: ({ path }) => `${base}${path}`, headers })
}

import { describe, expect, expectTypeOf, it } from 'vitest'
import type { GetFigureOutput } from '../../../server/core/tools/get-figure.js'
import { queryTools, toolRegistry, type ToolInput, type ToolName, type ToolOutput } from '../../../server/core/tools/registry.js'
import type { ToolResult } from '../../../server/core/tools/types.js'
import type { ToolRunner } from '../../../server/core/planner/tool-runner.js'

describe('tool registry', () => {
  it('keys every tool by its own name, and lists each once for the model', () => {
    for (const [key, tool] of Object.entries(toolRegistry)) expect(tool.name).toBe(key)
    expect(queryTools.map((t) => t.name)).toEqual(Object.keys(toolRegistry))
  })

  it('types a call by the tool it names: input from its schema, result from its declaration', () => {
    expectTypeOf<ToolOutput<'get-figure'>>().toEqualTypeOf<GetFigureOutput>()
    expectTypeOf<ToolInput<'search-text'>>().toHaveProperty('query')
    const lookup = (run: ToolRunner) => run.run('get-figure', { docId: 'd', name: '行政运行' })
    expectTypeOf<ReturnType<typeof lookup>>().toEqualTypeOf<ToolResult<GetFigureOutput>>()
    expectTypeOf<'compute'>().toExtend<ToolName>()
    expectTypeOf<'get-figures'>().not.toExtend<ToolName>()
    // compile errors, checked by tsc (npm test runs it): an unknown name, an input the schema refuses
    // @ts-expect-error no tool of that name
    const unknownName = (run: ToolRunner) => run.run('get-figures', {})
    // @ts-expect-error compute has no op 'multiply'
    const wrongInput = (run: ToolRunner) => run.run('compute', { op: 'multiply', operands: [] })
    expect([unknownName, wrongInput]).toHaveLength(2)
  })
})

import type { QuestionFrame } from '../question-frame.js'

/** The question names organisations only by their place ("疆岚县…项目", "某区的…"): no department, unit or held name. */
export const namesPlaceOnly = (frame: QuestionFrame) => frame.orgs.length > 0 && frame.orgs.every((m) => !m.dept && !m.type && !m.orgs?.length && !m.level)

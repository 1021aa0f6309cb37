/** A web page as a portal serves it: its title, then each line a paragraph (the made-up pages of the rule tests). */
export const html = (title: string, lines: string[]) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`

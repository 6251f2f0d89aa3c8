import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const RENDERER = join(__dirname, '../../../src-renderer/src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Every piece of text a user may read in the renderer's sources: string literals, templates and JSX text. */
function uiStrings(): Array<{ where: string; text: string }> {
  return sourceFiles(RENDERER).flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const found: Array<{ where: string; text: string }> = []
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node) ||
        ts.isJsxText(node)
      ) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
        found.push({ where: `${relative(RENDERER, file)}:${line}`, text: node.text })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    return found
  })
}

describe('every string of the interface', () => {
  const strings = uiStrings()

  it('is found by the scan (the scan reads the renderer)', () => {
    expect(strings.length).toBeGreaterThan(500)
    expect(strings.some((entry) => entry.text.includes('Générer le document Word'))).toBe(true)
  })

  it('writes the apostrophe one way only: ’', () => {
    // A Content-Security-Policy's keywords are quoted that way by its grammar: code, not a sentence.
    const straight = strings.filter((entry) => entry.text.includes("'") && !/'(none|self)'/.test(entry.text))
    expect(straight.map((entry) => `${entry.where} ${entry.text}`)).toEqual([])
  })

  it('says plurals in words, never « point(s) » or « nouveau(x) »', () => {
    const hedged = strings.filter((entry) => /\p{L}\((s|x|e|es)\)/u.test(entry.text))
    expect(hedged.map((entry) => `${entry.where} ${entry.text}`)).toEqual([])
  })
})

import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type IStylesOptions } from 'docx'

/**
 * Times New Roman is installed with Windows and macOS (LibreOffice substitutes its metric twin Liberation Serif), so
 * the document looks and paginates the same on every coordinator's and partner's computer.
 */
export const DOCUMENT_FONT = 'Times New Roman'
export const MONOSPACE_FONT = 'Courier New'

/** Half-points, as Word counts font sizes. */
const pt = (points: number) => points * 2

export const BODY_STYLE = 'BodyText'
export const PARTY_STYLE = 'PartyText'
export const TABLE_TEXT_STYLE = 'TableText'
export const FOOTER_STYLE = 'FooterText'

/**
 * Real Word styles, so the document reads as a professional text when opened: Title, Heading 1 for articles,
 * Heading 2 for captions, "Body Text" for clauses. Editing a style in Word restyles every article at once.
 */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: DOCUMENT_FONT, size: pt(11), language: { value: 'fr-FR' } } },
    title: {
      run: { font: DOCUMENT_FONT, size: pt(20), bold: true, color: '1F2A44' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } }
    },
    heading1: {
      run: { font: DOCUMENT_FONT, size: pt(12.5), bold: true, color: '1F2A44' },
      paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true }
    },
    heading2: {
      run: { font: DOCUMENT_FONT, size: pt(11), bold: true },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true }
    }
  },
  paragraphStyles: [
    {
      id: BODY_STYLE,
      name: 'Body Text',
      basedOn: 'Normal',
      next: BODY_STYLE,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 100, line: 276 } }
    },
    {
      id: PARTY_STYLE,
      name: 'Party',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 0 }, indent: { left: 360 } }
    },
    {
      id: TABLE_TEXT_STYLE,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: pt(10) },
      paragraph: { spacing: { after: 0 } }
    },
    {
      id: FOOTER_STYLE,
      name: 'Footer Text',
      basedOn: 'Normal',
      run: { size: pt(8), color: '555555' },
      paragraph: { alignment: AlignmentType.CENTER }
    }
  ]
}

export const ARTICLE_NUMBERING = 'articles'

/**
 * The multilevel list that numbers the articles (« Article 4 ») and their sub-clauses (« 4.2 »): Word renumbers
 * them when an article is added or moved, and cross-references (REF fields) follow.
 */
export const DOCUMENT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ARTICLE_NUMBERING,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: 'Article %1',
          suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } }
        },
        {
          level: 1,
          format: LevelFormat.DECIMAL,
          text: '%1.%2',
          suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } }
        }
      ]
    }
  ]
}

import { describe, expect, it } from 'vitest'
import type { DocumentVersion } from '../../../src-main/shared/domain/document'
import { receivedPdfToSign } from '../../../src-renderer/src/pages/documents/signable-version'

let nextId = 1
const version = (changes: Partial<DocumentVersion>): DocumentVersion => ({
  id: nextId++,
  agreementId: 1,
  amendmentId: null,
  version: 1,
  kind: 'for_signature',
  format: 'pdf',
  fileName: 'AD-2026-33-0001/convention.pdf',
  sha256: '0'.repeat(64),
  sizeBytes: 1,
  createdAt: '2026-11-28T10:00:00.000Z',
  issuedBy: null,
  ...changes
})

describe('the received PDF the partner signs in the app', () => {
  const received = version({ issuedBy: 'Claire Dubois (Nouvelle-Aquitaine)' })

  it('is the PDF La Poste signed and sent, while it is the latest PDF of the convention', () => {
    expect(receivedPdfToSign([version({ format: 'docx' }), received])).toBe(received)
  })

  it('is no longer offered once signed here, nor for a PDF issued on this installation, nor for an amendment', () => {
    expect(receivedPdfToSign([received, version({ version: 2, kind: 'signed' })])).toBeNull()
    expect(receivedPdfToSign([version({})])).toBeNull()
    expect(receivedPdfToSign([version({ amendmentId: 3, issuedBy: 'Claire Dubois' })])).toBeNull()
    expect(receivedPdfToSign([])).toBeNull()
  })
})

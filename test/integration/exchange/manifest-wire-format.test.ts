import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import {
  BUNDLE_VERSION,
  bundleManifestSchema
} from '../../../src-main/shared/exchange/bundle-manifest.schema'

/**
 * The manifest's wire format is frozen per format version: other installations, on older or newer versions of the
 * app, read these bundles. Its schema (fields, types, enums, lengths) is recorded in `wire-formats/` for each
 * version. A change of an internal schema that the manifest reuses (agreement content, terms, partner) fails here:
 * then raise BUNDLE_VERSION, record the new format as manifest-v<N>.schema.json, and keep reading the older one.
 * The one exception is an optional field added on purpose, which readers of the same version drop unread (zod strips
 * unknown keys): version 1 gained `followUp` per agreement, `signedBy` per document (the certificates a signed PDF
 * carries) and, per amendment, `structuredChanges`, `signatories` and `registerBefore` (an amendment's changes as the
 * amendment form types them, the capacities it names, the register state a signed one replaced) that way. And one widened enum: a signature's `method` may be `typed` (a name typed at the keyboard,
 * issue 15). A reader older than that refuses a bundle holding one as a whole, writing nothing, and says the file is
 * not valid: the sender's colleague updates the app and imports again.
 */
describe('the manifest wire format', () => {
  it(`version ${BUNDLE_VERSION} is the one recorded`, () => {
    const recorded = JSON.parse(
      readFileSync(
        join(import.meta.dirname, 'wire-formats', `manifest-v${BUNDLE_VERSION}.schema.json`),
        'utf8'
      )
    ) as unknown
    expect(z.toJSONSchema(bundleManifestSchema, { io: 'input', unrepresentable: 'any' })).toEqual(recorded)
  })
})

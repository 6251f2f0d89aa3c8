import { describe, expect, it } from 'vitest'
import { auditTrailLines, identificationWording } from '../../../src-main/shared/signatures/audit-trail'
import { describeSignature } from '../../../src-main/shared/signatures/signature-report'
import {
  SIGNATURE_LEVEL_EXPLANATIONS,
  SIGNATURE_LEVEL_LABELS,
  signatureLevel
} from '../../../src-main/shared/signatures/signature-level'

describe('signature levels in plain French', () => {
  it('only a certificate vouched for by an authority trusted here gives an advanced signature', () => {
    expect(signatureLevel('trusted')).toBe('advanced')
    expect(signatureLevel('local')).toBe('simple')
    expect(signatureLevel('untrusted')).toBe('simple')
  })

  it('never claims a qualified or authentic signature', () => {
    const wording = [
      ...Object.values(SIGNATURE_LEVEL_LABELS),
      ...Object.values(SIGNATURE_LEVEL_EXPLANATIONS)
    ].join(' ')
    expect(wording).not.toMatch(/qualifi|authentique/i)
    expect(SIGNATURE_LEVEL_EXPLANATIONS.advanced).toContain('contrôle exclusif')
  })

  it('says each verdict in one sentence', () => {
    expect(
      describeSignature({
        index: 1,
        signerName: 'Claire Martin',
        defect: null,
        trust: 'local',
        level: 'simple'
      })
    ).toBe(
      'Signature n° 1 de Claire Martin : valide, signature simple (certificat local, sans autorité de certification).'
    )
    expect(
      describeSignature({ index: 2, signerName: 'X', defect: 'unsigned-part', trust: 'trusted', level: null })
    ).toBe('Signature n° 2 de X : invalide, le fichier contient des éléments que la signature ne couvre pas.')
  })
})

describe('the audit trail page', () => {
  const entry = {
    party: 'partner' as const,
    partyName: 'Épicerie "Le Panier"',
    signerName: "Bernard L'Hôte",
    signerTitle: 'Président',
    signedAt: '2026-11-28T13:05:00.000Z',
    place: 'Pau',
    identification: identificationWording('personal', 'AC Test'),
    certificateSubject: 'CN=Bernard',
    certificateFingerprint: 'AB:CD',
    level: 'advanced' as const
  }

  it('names every signer, with French typography, and says the page is covered', () => {
    const lines = auditTrailLines({
      documentTitle: 'Convention AD-2026-33-0042',
      version: 2,
      documentSha256: 'f'.repeat(64),
      entries: [entry]
    })
    const text = lines.map((line) => line.text).join('\n')
    expect(text).toContain('Signature n°\u00a01\u00a0: pour le Partenaire (Épicerie «\u202fLe Panier\u202f»)')
    expect(text).toContain('Signataire\u00a0: Bernard L’Hôte, Président')
    expect(text).toContain('émis par AC Test')
    expect(text).toContain('Niveau\u00a0: signature avancée')
    expect(text).toContain('en un (1) exemplaire original électronique, ce fichier')
    expect(text).toContain('ils prévalent sur la formule de signature imprimée dans le document')
    expect(text).toContain('la signature n°\u00a01 couvre le document et ce journal')
  })
})

import { X509Certificate } from 'node:crypto'
import type { AppDatabase } from '../../db/schema'
import type { SigningCertificateRow } from '../../db/tables/signature.table'
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors'
import { formatLongDate } from '../../shared/documents/french-format'
import type {
  CertificatesOverview,
  SigningCertificateSummary
} from '../../shared/signatures/certificate-summary'
import type {
  AddAuthorityInput,
  ImportCertificateInput,
  IssueLocalCertificateInput
} from '../../shared/signatures/signature.schema'
import { signatureLevel } from '../../shared/signatures/signature-level'
import { readCertificateFile } from './certificates/certificate-file'
import { commonName, distinguishedName, validAt } from './certificates/certificate-names'
import {
  deleteAuthorityRow,
  deleteCertificateRow,
  findCertificateRow,
  insertAuthorityRow,
  insertCertificateRow,
  isUniqueViolation,
  listAuthorityRows,
  listCertificateRows,
  trustedAnchors
} from './certificates/certificate.repository'
import { openKey, sealKey } from './certificates/key-protection'
import { issueLocalCertificate } from './certificates/local-certificate'
import { openPkcs12 } from './certificates/pkcs12'
import { assessTrust } from './certificates/trust-chain'
import type { KeySealer } from './key-sealer'
import type { SigningKey } from './signing-key'

export interface CertificateStoreDeps {
  db: AppDatabase
  sealer: KeySealer
  now?: () => Date
}

/** A stored certificate ready to sign, with where it comes from. */
export interface StoredSigningKey extends SigningKey {
  origin: SigningCertificateRow['origin']
}

function chainOf(row: SigningCertificateRow): X509Certificate[] {
  return (JSON.parse(row.chain_der) as string[]).map((der) => new X509Certificate(Buffer.from(der, 'base64')))
}

/**
 * The certificates of this installation: personal ones imported from PKCS#12 files, local ones issued here, and
 * the authorities trusted for advanced signatures. Private keys are sealed before they are stored, and opened only
 * for the time of one signature.
 */
export function createCertificateStore({ db, sealer, now = () => new Date() }: CertificateStoreDeps) {
  const anchors = () => trustedAnchors(db)

  function summary(row: SigningCertificateRow, trusted: X509Certificate[]): SigningCertificateSummary {
    const certificate = new X509Certificate(row.certificate_der)
    return {
      id: row.id,
      origin: row.origin,
      holder: row.holder,
      subject: row.subject,
      issuer: row.issuer,
      issuerName: commonName(certificate.issuer),
      fingerprint: row.fingerprint,
      validFrom: new Date(row.valid_from).toISOString(),
      validTo: new Date(row.valid_to).toISOString(),
      protection: row.protection,
      level: signatureLevel(assessTrust(certificate, chainOf(row), trusted, now())),
      createdAt: row.created_at
    }
  }

  async function overview(): Promise<CertificatesOverview> {
    const trusted = await anchors()
    return {
      certificates: (await listCertificateRows(db)).map((row) => summary(row, trusted)),
      authorities: (await listAuthorityRows(db)).map((row) => ({
        id: row.id,
        name: row.name,
        subject: row.subject,
        fingerprint: row.fingerprint,
        validTo: new Date(row.valid_to).toISOString(),
        addedAt: row.added_at
      })),
      systemProtectionAvailable: sealer.isAvailable()
    }
  }

  async function store(key: SigningKey, origin: SigningCertificateRow['origin'], newPassphrase?: string) {
    const { certificate } = key
    if (!validAt(certificate, now()))
      throw new ValidationError(
        `Ce certificat n’est pas valide aujourd’hui (valide du ${formatLongDate(new Date(certificate.validFrom).toISOString())} au ${formatLongDate(new Date(certificate.validTo).toISOString())}).`,
        { file: 'Certificat hors de sa période de validité.' }
      )
    const { protection, sealed } = sealKey(key.privateKey, sealer, newPassphrase)
    try {
      await insertCertificateRow(db, {
        origin,
        holder: commonName(certificate.subject),
        subject: distinguishedName(certificate.subject),
        issuer: distinguishedName(certificate.issuer),
        fingerprint: certificate.fingerprint256,
        valid_from: new Date(certificate.validFrom).toISOString(),
        valid_to: new Date(certificate.validTo).toISOString(),
        certificate_der: certificate.raw,
        chain_der: JSON.stringify(key.chain.map((link) => link.raw.toString('base64'))),
        protection,
        sealed_key: sealed,
        created_at: now().toISOString()
      })
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Ce certificat est déjà enregistré sur ce poste.')
      throw error
    }
    return overview()
  }

  async function importPkcs12(input: ImportCertificateInput): Promise<CertificatesOverview> {
    return store(
      openPkcs12(Buffer.from(input.dataBase64, 'base64'), input.passphrase),
      'personal',
      input.newPassphrase
    )
  }

  async function issueLocal(input: IssueLocalCertificateInput): Promise<CertificatesOverview> {
    return store(
      issueLocalCertificate({ holder: input.holder, organisation: input.organisation, now: now() }),
      'local',
      input.newPassphrase
    )
  }

  async function remove(id: number): Promise<CertificatesOverview> {
    if ((await deleteCertificateRow(db, id)) === 0) throw new NotFoundError('Ce certificat n’existe plus.')
    return overview()
  }

  async function addAuthority(input: AddAuthorityInput): Promise<CertificatesOverview> {
    const certificate = readCertificateFile(Buffer.from(input.dataBase64, 'base64'))
    if (!certificate.ca)
      throw new ValidationError(
        'Ce certificat n’est pas celui d’une autorité de certification : il ne peut pas servir de référence.',
        { file: 'Certificat d’autorité attendu.' }
      )
    try {
      await insertAuthorityRow(db, {
        name: commonName(certificate.subject),
        subject: distinguishedName(certificate.subject),
        fingerprint: certificate.fingerprint256,
        valid_to: new Date(certificate.validTo).toISOString(),
        certificate_der: certificate.raw,
        added_at: now().toISOString()
      })
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Cette autorité est déjà reconnue sur ce poste.')
      throw error
    }
    return overview()
  }

  async function removeAuthority(id: number): Promise<CertificatesOverview> {
    if ((await deleteAuthorityRow(db, id)) === 0)
      throw new NotFoundError('Cette autorité n’est plus reconnue.')
    return overview()
  }

  /** Opens a stored key for one signature; a passphrase-protected key needs its passphrase. */
  async function signingKey(id: number, passphrase: string | undefined): Promise<StoredSigningKey> {
    const row = await findCertificateRow(db, id)
    if (!row) throw new NotFoundError('Ce certificat n’existe plus sur ce poste.')
    return {
      origin: row.origin,
      privateKey: openKey(Buffer.from(row.sealed_key), row.protection, sealer, passphrase),
      certificate: new X509Certificate(row.certificate_der),
      chain: chainOf(row)
    }
  }

  return { overview, importPkcs12, issueLocal, remove, addAuthority, removeAuthority, signingKey, anchors }
}

export type CertificateStore = ReturnType<typeof createCertificateStore>

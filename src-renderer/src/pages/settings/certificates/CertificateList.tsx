import { useState } from 'react'
import type { CertificatesOverview, SigningCertificateSummary } from '@shared/signatures/certificate-summary'
import { SIGNATURE_LEVEL_LABELS } from '@shared/signatures/signature-level'
import { api, unwrap } from '../../../api/client'
import { Alert } from '../../../components/Alert'
import { formatDate } from '../../../format'
import { useCertificateAction } from './use-certificate-action'

const ORIGIN_LABELS = { personal: 'Personnel', local: 'Local (ce poste)' } as const
const PROTECTION_LABELS = { system: 'Session Windows ou macOS', passphrase: 'Phrase secrète' } as const

/** The signing certificates of this installation, with the level each one gives today; removal asks first. */
export function CertificateList({
  certificates,
  onDone
}: {
  certificates: SigningCertificateSummary[]
  onDone: (overview: CertificatesOverview) => void
}) {
  const { busy, message, run } = useCertificateAction(onDone)
  const [confirming, setConfirming] = useState<SigningCertificateSummary>()

  const remove = (certificate: SigningCertificateSummary) => {
    setConfirming(undefined)
    return run(
      () => unwrap(api().certificates.remove({ id: certificate.id })),
      `Le certificat de ${certificate.holder} est retiré de ce poste.`
    )
  }

  if (certificates.length === 0) return <p>Aucun certificat de signature sur ce poste.</p>
  return (
    <>
      {confirming ? (
        <div className="confirm-bar" role="alertdialog" aria-label="Confirmer le retrait du certificat">
          <p>
            Retirer le certificat de {confirming.holder} ? Sa clé privée sera effacée de ce poste ; les
            documents déjà signés restent valides.
          </p>
          <button type="button" className="button" onClick={() => setConfirming(undefined)} autoFocus>
            Annuler
          </button>
          <button type="button" className="button button--danger" onClick={() => void remove(confirming)}>
            Retirer le certificat
          </button>
        </div>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <table className="data-table">
        <caption className="visually-hidden">Certificats de signature de ce poste</caption>
        <thead>
          <tr>
            <th scope="col">Titulaire</th>
            <th scope="col">Type</th>
            <th scope="col">Niveau de signature</th>
            <th scope="col">Émis par</th>
            <th scope="col">Valide jusqu’au</th>
            <th scope="col">Clé protégée par</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((certificate) => (
            <tr key={certificate.id}>
              <th scope="row">{certificate.holder}</th>
              <td>{ORIGIN_LABELS[certificate.origin]}</td>
              <td>{SIGNATURE_LEVEL_LABELS[certificate.level]}</td>
              <td title={certificate.issuer}>
                {certificate.origin === 'local' ? 'Ce poste, sans autorité' : certificate.issuerName}
              </td>
              <td>{formatDate(certificate.validTo)}</td>
              <td>{PROTECTION_LABELS[certificate.protection]}</td>
              <td>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => setConfirming(certificate)}
                  aria-label={`Retirer le certificat de ${certificate.holder}`}
                >
                  Retirer…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

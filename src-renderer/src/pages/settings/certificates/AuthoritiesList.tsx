import { useState } from 'react'
import type { CertificatesOverview, TrustedAuthoritySummary } from '@shared/signatures/certificate-summary'
import { api, unwrap } from '../../../api/client'
import { Alert } from '../../../components/Alert'
import { formatDate } from '../../../format'
import { fileToBase64 } from '../../documents/file-bytes'
import { FileField } from './FileField'
import { useCertificateAction } from './use-certificate-action'

interface Props {
  authorities: TrustedAuthoritySummary[]
  onDone: (overview: CertificatesOverview) => void
}

/** The certification authorities this installation trusts: a certificate they issued gives an advanced signature. */
export function AuthoritiesList({ authorities, onDone }: Props) {
  const { busy, message, fieldErrors, run } = useCertificateAction(onDone)
  const [file, setFile] = useState<File>()

  const add = async () => {
    if (!file) return
    await run(
      async () =>
        unwrap(
          api().certificates.addAuthority({ fileName: file.name, dataBase64: await fileToBase64(file) })
        ),
      `Autorité ajoutée depuis ${file.name}.`
    )
  }

  const remove = (authority: TrustedAuthoritySummary) =>
    run(
      () => unwrap(api().certificates.removeAuthority({ id: authority.id })),
      `${authority.name} n’est plus reconnue.`
    )

  return (
    <div>
      <p>
        Ajoutez ici le certificat de l’autorité qui a émis les certificats personnels de votre organisation
        (et de vos partenaires) : c’est ce qui permet de reconnaître une signature avancée.
      </p>
      {authorities.length === 0 ? (
        <p>Aucune autorité reconnue pour l’instant : toute signature sera considérée comme simple.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Autorités de certification reconnues</caption>
          <thead>
            <tr>
              <th scope="col">Autorité</th>
              <th scope="col">Valide jusqu’au</th>
              <th scope="col">Empreinte SHA-256</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {authorities.map((authority) => (
              <tr key={authority.id}>
                <th scope="row">{authority.name}</th>
                <td>{formatDate(authority.validTo)}</td>
                <td className="fingerprint">{authority.fingerprint}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={busy}
                    onClick={() => void remove(authority)}
                    aria-label={`Ne plus reconnaître ${authority.name}`}
                  >
                    Retirer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FileField
        label="Certificat d’une autorité (.cer, .crt ou .pem)"
        accept=".cer,.crt,.pem,.der"
        error={fieldErrors.file}
        file={file}
        onChange={setFile}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || !file} onClick={() => void add()}>
          {busy ? 'Ajout en cours…' : 'Reconnaître cette autorité'}
        </button>
      </div>
    </div>
  )
}

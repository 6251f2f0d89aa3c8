import { useState } from 'react'
import type { CertificatesOverview } from '@shared/signatures/certificate-summary'
import { SIGNATURE_LEVEL_EXPLANATIONS } from '@shared/signatures/signature-level'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { AuthoritiesList } from './certificates/AuthoritiesList'
import { CertificateList } from './certificates/CertificateList'
import { ImportCertificateForm } from './certificates/ImportCertificateForm'
import { LocalCertificateForm } from './certificates/LocalCertificateForm'

/**
 * Settings › Certificats de signature: what each signature level means, the certificates of this installation,
 * importing a personal one, issuing a local one, and the authorities trusted for advanced signatures.
 */
export function CertificatesPanel() {
  const loaded = useQuery(() => unwrap(api().certificates.overview({})), [])
  const settings = useQuery(() => unwrap(api().settings.get({})), [])
  // Each action answers the fresh overview, which then replaces the one loaded first.
  const [updated, setOverview] = useState<CertificatesOverview>()
  const overview = updated ?? loaded.data
  const coordinator = settings.data?.coordinator
  const organisation = ['La Poste', settings.data?.laPosteParty.regionalDirection || coordinator?.region]
    .filter(Boolean)
    .join(' — ')

  return (
    <section className="panel" aria-labelledby="settings-certificates">
      <h2 id="settings-certificates">Certificats de signature</h2>
      <dl className="definition-list">
        <div>
          <dt>Signature simple</dt>
          <dd>{SIGNATURE_LEVEL_EXPLANATIONS.simple}</dd>
        </div>
        <div>
          <dt>Signature avancée</dt>
          <dd>{SIGNATURE_LEVEL_EXPLANATIONS.advanced}</dd>
        </div>
      </dl>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {overview ? (
        <>
          <CertificateList certificates={overview.certificates} onDone={setOverview} />
          <h3>Importer un certificat personnel</h3>
          <ImportCertificateForm systemProtection={overview.systemProtectionAvailable} onDone={setOverview} />
          <h3>Créer un certificat local</h3>
          {settings.data ? (
            <LocalCertificateForm
              systemProtection={overview.systemProtectionAvailable}
              defaultHolder={coordinator?.name ?? ''}
              defaultOrganisation={organisation}
              onDone={setOverview}
            />
          ) : null}
          <h3>Autorités de certification reconnues</h3>
          <AuthoritiesList authorities={overview.authorities} onDone={setOverview} />
        </>
      ) : (
        <p className="loading">Chargement…</p>
      )}
    </section>
  )
}

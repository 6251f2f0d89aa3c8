import type { BundleSender } from '@shared/exchange/bundle-sender'
import { formatFingerprint } from '@shared/exchange/bundle-sender'
import { cleanName } from '@shared/text/display-text'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'

const STATUS_TEXT: Record<BundleSender['status'], string> = {
  known: 'Clé connue : acceptée lors d’un précédent import.',
  new: 'Première réception de cette clé : elle sera retenue pour cet expéditeur à l’import. Si vous avez un doute, comparez l’empreinte avec celle que l’expéditeur voit chez lui.',
  changed:
    'Attention : cet expéditeur est connu ici sous une autre clé. Son ordinateur a peut-être été réinstallé — ou quelqu’un se fait passer pour lui.',
  unsigned:
    'Attention : ce fichier n’est pas signé. Rien ne garantit qui l’a produit, ni qu’il n’a pas été modifié en route.'
}

/** Who signed the bundle, the key's fingerprint, and what this installation knows of it. */
export function SenderBlock({ sender }: { sender: BundleSender }) {
  const who = cleanName(sender.name) || 'Expéditeur sans nom'
  const region = cleanName(sender.region)
  return (
    <section aria-labelledby="sender-title" className="stack">
      <h3 id="sender-title">Expéditeur</h3>
      <dl>
        <dt>Signé par</dt>
        <dd>
          {who}
          {region ? ` (${region})` : ''}
        </dd>
        <dt>Empreinte de la clé</dt>
        <dd>
          {sender.fingerprint ? (
            <code>{formatFingerprint(sender.fingerprint)}</code>
          ) : (
            'aucune (fichier non signé)'
          )}
        </dd>
        {sender.acceptedAt ? (
          <>
            <dt>Clé acceptée le</dt>
            <dd>{formatDateTime(sender.acceptedAt)}</dd>
          </>
        ) : null}
      </dl>
      {sender.status === 'changed' || sender.status === 'unsigned' ? (
        <Alert tone="error">
          {STATUS_TEXT[sender.status]}
          {sender.previousFingerprints.length > 0
            ? ` Clé connue jusqu’ici : ${sender.previousFingerprints.map(formatFingerprint).join(', ')}.`
            : ''}
        </Alert>
      ) : (
        <p>{STATUS_TEXT[sender.status]}</p>
      )}
    </section>
  )
}

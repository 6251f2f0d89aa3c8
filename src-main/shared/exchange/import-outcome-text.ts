import type { ImportOutcome } from '../domain/exchange'

/** The one French sentence that reports an import, in the app and on the command line. */
export function describeImportOutcome(outcome: ImportOutcome): string {
  const documents =
    outcome.documentsRecorded === 0
      ? 'aucun nouveau document'
      : `${outcome.documentsRecorded} document(s) reçu(s), vérifiables ici`
  const amendments =
    outcome.amendmentsRecorded === 0 ? '' : `, ${outcome.amendmentsRecorded} avenant(s) reçu(s)`
  const kept =
    outcome.amendmentsKept.length === 0
      ? ''
      : ` Avenant(s) rédigé(s) différemment ici, gardé(s) tel(s) quel(s) : ${outcome.amendmentsKept.join(', ')}.`
  const signatures =
    outcome.signaturesRecorded === 0 ? '' : `, ${outcome.signaturesRecorded} signature(s) enregistrée(s)`
  const backup = outcome.backupName ? ` Sauvegarde préalable : ${outcome.backupName}.` : ''
  const refused =
    outcome.refused === 0 ? '' : ` ${outcome.refused} élément(s) du fichier refusé(s), voir l’aperçu.`
  return (
    `Import terminé : ${outcome.created} créée(s), ${outcome.updated} mise(s) à jour, ` +
    `${outcome.kept} conflit(s) gardé(s) en l’état, ${outcome.unchanged} inchangée(s)${amendments} ; ${documents}${signatures}.${refused}${kept}${backup}`
  )
}

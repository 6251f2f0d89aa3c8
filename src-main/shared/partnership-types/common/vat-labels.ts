import type { CodeLabels } from './labels'
import type { VatRegime } from './terms-fields'

export const VAT_REGIME_LABELS: CodeLabels<VatRegime> = {
  standard: {
    label: 'TVA au taux en vigueur',
    wording: 'majorés de la taxe sur la valeur ajoutée au taux en vigueur à la date de facturation'
  },
  franchise: {
    label: 'Franchise en base de TVA',
    wording:
      'sans taxe sur la valeur ajoutée, le Partenaire bénéficiant de la franchise en base (article 293 B du code général des impôts)'
  },
  exempt: {
    label: 'Exonéré de TVA',
    wording: 'sans taxe sur la valeur ajoutée, les prestations étant exonérées en vertu de la loi'
  }
}

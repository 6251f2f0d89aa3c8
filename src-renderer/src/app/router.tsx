import { createHashRouter, Navigate } from 'react-router'
import { AgreementsPage } from '../pages/agreements/AgreementsPage'
import { AgreementWizardPage } from '../pages/agreements/wizard/AgreementWizardPage'
import { NewAgreementPage } from '../pages/agreements/NewAgreementPage'
import { ExchangePage } from '../pages/exchange/ExchangePage'
import { NeedEditPage } from '../pages/needs/NeedEditPage'
import { NeedsPage } from '../pages/needs/NeedsPage'
import { PartnerEditPage } from '../pages/partners/PartnerEditPage'
import { PartnersPage } from '../pages/partners/PartnersPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
import { Layout } from './Layout'
import { AgreementDocumentsPage, VerifyDocumentPage } from '../pages/documents'
import { FollowUpPage } from '../pages/follow-up/FollowUpPage'
import { HomePage } from '../pages/home/HomePage'
import { PortfolioPage } from '../pages/portfolio/PortfolioPage'

/** Hash routes: the app is one local file, so the address never leaves index.html. */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'conventions', element: <AgreementsPage /> },
        { path: 'conventions/nouvelle', element: <NewAgreementPage /> },
        { path: 'conventions/:agreementId/etape/:step', element: <AgreementWizardPage /> },
        { path: 'partenaires', element: <PartnersPage /> },
        { path: 'partenaires/nouveau', element: <PartnerEditPage /> },
        { path: 'partenaires/:partnerId', element: <PartnerEditPage /> },
        { path: 'besoins', element: <NeedsPage /> },
        { path: 'besoins/nouveau', element: <NeedEditPage /> },
        { path: 'besoins/:needId', element: <NeedEditPage /> },
        { path: 'reglages', element: <SettingsPage /> },
        { path: 'conventions/:agreementId/documents', element: <AgreementDocumentsPage /> },
        { path: 'verifier', element: <VerifyDocumentPage /> },
        { path: 'echanges', element: <ExchangePage /> },
        { path: 'conventions/:agreementId/suivi', element: <FollowUpPage /> },
        { path: 'portefeuille', element: <PortfolioPage /> },
        { path: 'conventions/:agreementId', element: <AgreementWizardPage /> },
        { path: '*', element: <Navigate to="/" replace /> }
      ]
    }
  ])
}

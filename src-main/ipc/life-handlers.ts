import type { AppServices } from '../services/app-services'
import type { DesktopPort } from '../services/desktop/desktop-port'
import type { Handlers } from './handlers'

type LifeChannel =
  | 'home:lists'
  | 'home:refresh'
  | 'portfolio:stats'
  | 'search:global'
  | 'lifecycle:terminate'
  | 'lifecycle:renew'
  | 'lifecycle:deleteDraft'
  | 'lifecycle:deletedDrafts'
  | 'lifecycle:issueLetter'
  | 'lifecycle:saveLetterAs'
  | 'followUp:get'
  | 'followUp:saveMeeting'
  | 'followUp:attachMinutes'
  | 'followUp:saveMinutesAs'
  | 'followUp:recordResults'
  | 'followUp:saveEvaluation'
  | 'followUp:byPartner'
  | 'calendar:export'

const WORD_FILTER = [{ name: 'Document Word', extensions: ['docx'] }]
const CALENDAR_FILTER = [{ name: 'Calendrier iCalendar', extensions: ['ics'] }]

/** The channels of life after the signature; save paths come from the native dialog, never from the renderer. */
export function createLifeHandlers(services: AppServices, desktop: DesktopPort): Pick<Handlers, LifeChannel> {
  // The start-up reminder is shown once per session, on the first refresh.
  let notified = false
  return {
    'home:lists': () => services.portfolio.home(),
    'home:refresh': async () => {
      const applied = await services.lifecycle.applyDue()
      const dueThisWeek = await services.calendar.dueThisWeek()
      if (!notified && dueThisWeek.count > 0)
        desktop.notify?.({
          title: `Alliance Conventions : ${dueThisWeek.count} échéance${dueThisWeek.count > 1 ? 's' : ''} cette semaine`,
          body: dueThisWeek.lines.join('\n')
        })
      notified = true
      return { applied, dueThisWeek }
    },
    'portfolio:stats': () => services.portfolio.stats(),
    'search:global': ({ text }) => services.portfolio.search(text),
    'lifecycle:terminate': (input) => services.lifecycle.terminate(input),
    'lifecycle:renew': ({ id }) => services.lifecycle.renew(id),
    'lifecycle:deleteDraft': ({ id }) => services.lifecycle.deleteDraft(id),
    'lifecycle:deletedDrafts': () => services.lifecycle.deletedDrafts(),
    'lifecycle:issueLetter': ({ id }) => services.lifecycle.letters.issue(id),
    'lifecycle:saveLetterAs': async ({ letterId }) => {
      const path = await desktop.chooseSavePath({
        title: 'Enregistrer la lettre de résiliation',
        defaultName: await services.lifecycle.letters.suggestedName(letterId),
        filters: WORD_FILTER
      })
      return path === null ? null : services.lifecycle.letters.saveAs(letterId, path)
    },
    'followUp:get': ({ id }) => services.followUp.get(id),
    'followUp:saveMeeting': (input) => services.followUp.saveMeeting(input),
    'followUp:attachMinutes': (input) => services.followUp.minutes.attach(input),
    'followUp:saveMinutesAs': async ({ meetingId }) => {
      const name = await services.followUp.minutes.suggestedName(meetingId)
      const extension = name.includes('.') ? (name.split('.').pop() ?? '') : ''
      const path = await desktop.chooseSavePath({
        title: 'Enregistrer le compte rendu',
        defaultName: name,
        filters: extension === '' ? [] : [{ name: 'Compte rendu', extensions: [extension] }]
      })
      return path === null ? null : services.followUp.minutes.saveAs(meetingId, path)
    },
    'followUp:recordResults': (input) => services.followUp.recordResults(input),
    'followUp:saveEvaluation': (input) => services.followUp.saveEvaluation(input),
    'followUp:byPartner': ({ partnerId }) => services.followUp.byPartner(partnerId),
    'calendar:export': async (period) => {
      const path = await desktop.chooseSavePath({
        title: 'Exporter les échéances (iCalendar)',
        defaultName: 'echeances-alliance-dynamique.ics',
        filters: CALENDAR_FILTER
      })
      return path === null ? null : services.calendar.exportTo(path, period)
    }
  }
}

import { z } from 'zod'
import { fr } from 'zod/locales'

// Default zod messages (for inputs no form field covers) in French, like everything the user reads.
z.config(fr())

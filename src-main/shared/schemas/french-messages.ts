import { z } from 'zod'

// Default zod messages (for inputs no form field covers) in French, like everything the user reads.
z.config(z.locales.fr())

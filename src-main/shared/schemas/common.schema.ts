import { z } from 'zod'
import './french-messages'

export const idSchema = z.number().int().positive()
export const noInputSchema = z.object({}).strict()

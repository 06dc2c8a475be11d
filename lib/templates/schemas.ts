import { z } from "zod";
import { atLeastOneField, EMPTY_PATCH_MESSAGE, plainText, requiredText } from "@/lib/kernel/fields";
import { createProjectBody } from "@/lib/projects/schemas";

export const templateParams = z.object({ templateId: z.uuid() });

const fields = {
  name: requiredText(200),
  description: plainText(2000).nullable().optional(),
  /** Shared templates are visible to every user; only the owner may change or delete them. */
  shared: z.boolean().optional(),
};

/** POST …/projects/{projectId}/templates: save the project's tree and analyses as a template. */
export const saveTemplateBody = z.strictObject(fields);
export type SaveTemplateInput = z.infer<typeof saveTemplateBody>;

export const updateTemplateBody = z.strictObject({ ...fields, name: fields.name.optional() }).refine(atLeastOneField, EMPTY_PATCH_MESSAGE);
export type UpdateTemplateInput = z.infer<typeof updateTemplateBody>;

/** POST …/projects/{projectId}/apply-template. */
export const applyTemplateBody = z.strictObject({ templateId: z.uuid() });

/** POST /projects: the project's fields, and optionally the template to start it from. */
export const createProjectRequest = createProjectBody.extend({ templateId: z.uuid().optional() });

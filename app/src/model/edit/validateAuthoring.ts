// Live validation while editing: the same validator as `npm run validate`, over the files the dataset would be saved as.
import { validateData, type ValidateOptions, type ValidationResult } from '../data/validate';
import type { AuthoringDataset } from './authoring';
import { toDataInput } from './dataFiles';

/** Every problem `npm run validate` would report for this dataset (errors, warnings, counts). */
export function validateAuthoring(dataset: AuthoringDataset, options: ValidateOptions = {}): ValidationResult {
  return validateData(toDataInput(dataset), options);
}

export { FormField, type ControlProps, type FormFieldProps } from './form-field.tsx';

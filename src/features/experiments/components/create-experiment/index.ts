export { CreateExperimentForm, type CreateExperimentFormProps } from './create-experiment-form.tsx';

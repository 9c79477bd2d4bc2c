export {
  ExperimentDetails,
  type ExperimentDetailsProps,
  type ExperimentHeader,
} from './experiment-details.tsx';

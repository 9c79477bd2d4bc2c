export { WhenVisible } from './when-visible.tsx';

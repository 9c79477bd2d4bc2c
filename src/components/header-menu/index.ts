export { HeaderMenu } from './header-menu.tsx';

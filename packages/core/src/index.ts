export { VERSION } from '@softdtw/autodiff';

'use strict';
// Single Sign-On 1.0.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/auth-sso');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'auth_sso', version: '1.0.0' }));
  return router;
};

'use strict';
// Documents 1.1.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/documents');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'documents', version: '1.1.0' }));
  return router;
};

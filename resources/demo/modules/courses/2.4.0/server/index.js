'use strict';
// Courses 2.4.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/courses');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'courses', version: '2.4.0' }));
  return router;
};

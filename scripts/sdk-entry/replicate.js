module.exports = require('replicate');

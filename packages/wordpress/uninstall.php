<?php
/**
 * Removes what the plugin stored: its one option. Posts keep their blocks and shortcodes, and
 * uploaded documents stay in the Media Library; they are the site's content.
 *
 * @package Koop
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'koop_kit_url' );

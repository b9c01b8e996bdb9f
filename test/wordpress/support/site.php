<?php
/**
 * The test site's setup, done the way WordPress's own installer does it, from the command line:
 *
 *   php site.php <site dir> install <admin password>   wp_install(), as wp-admin/install.php
 *   php site.php <site dir> setup <plugin zip>          users and application passwords, plugin installed from the zip and activated
 *   php site.php <site dir> uninstall                   the plugin's uninstall.php, then activated again
 *   php site.php <site dir> deactivate|activate         the plugin
 *
 * Prints JSON.
 *
 * @package Koop
 */

[ , $koop_site, $koop_action ] = $argv;
$_SERVER['HTTP_HOST'] = 'localhost';
if ( 'install' === $koop_action ) {
	define( 'WP_INSTALLING', true );
}
require $koop_site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

/**
 * Ends with an error message.
 *
 * @param string $message What went wrong.
 */
function koop_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

if ( 'install' === $koop_action ) {
	$result = wp_install( 'Koop-Testseite', 'admin', 'admin@example.org', false, '', $argv[3], 'de_DE' );
	update_option( 'permalink_structure', '' );
	echo wp_json_encode( array( 'theme' => get_stylesheet(), 'version' => get_bloginfo( 'version' ) ) );
	exit;
}

if ( 'setup' === $koop_action ) {
	require_once ABSPATH . 'wp-admin/includes/file.php';
	require_once ABSPATH . 'wp-admin/includes/misc.php';
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
	wp_set_current_user( 1 );
	$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$result   = $upgrader->install( $argv[3] );
	if ( true !== $result ) {
		koop_test_fail( 'plugin install failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : wp_json_encode( $upgrader->skin->get_upgrade_messages() ) ) );
	}
	$activated = activate_plugin( 'koop/koop.php' );
	if ( is_wp_error( $activated ) ) {
		koop_test_fail( 'plugin activation failed: ' . $activated->get_error_message() );
	}
	$users = array();
	foreach ( array( 'administrator', 'editor', 'author', 'contributor' ) as $role ) {
		$password = wp_generate_password( 24, false );
		$id       = 'administrator' === $role ? 1 : wp_insert_user(
			array(
				'user_login' => $role,
				'user_pass'  => $password,
				'user_email' => $role . '@example.org',
				'role'       => $role,
			)
		);
		if ( is_wp_error( $id ) ) {
			koop_test_fail( $id->get_error_message() );
		}
		wp_set_password( $password, $id );
		[ $app_password ] = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'koop-tests' ) );
		// The block editor's welcome guide would cover the editor in the browser tests.
		update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		$users[ $role ] = array(
			'id'          => $id,
			'login'       => get_userdata( $id )->user_login,
			'password'    => $password,
			'appPassword' => $app_password,
		);
	}
	echo wp_json_encode( array( 'users' => $users ) );
	exit;
}

if ( 'uninstall' === $koop_action ) {
	update_option( 'koop_kit_url', 'https://www.example.org/koop/' );
	deactivate_plugins( 'koop/koop.php' );
	uninstall_plugin( 'koop/koop.php' );
	$left = get_option( 'koop_kit_url', null );
	activate_plugin( 'koop/koop.php' );
	echo wp_json_encode( array( 'optionAfterUninstall' => $left ) );
	exit;
}

if ( 'deactivate' === $koop_action ) {
	deactivate_plugins( 'koop/koop.php' );
	echo wp_json_encode( array( 'active' => is_plugin_active( 'koop/koop.php' ) ) );
	exit;
}

if ( 'activate' === $koop_action ) {
	$activated = activate_plugin( 'koop/koop.php' );
	echo wp_json_encode( array( 'active' => ! is_wp_error( $activated ) && is_plugin_active( 'koop/koop.php' ) ) );
	exit;
}

koop_test_fail( "unknown action $koop_action" );

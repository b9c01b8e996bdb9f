<?php
/**
 * Koop documents (JSON) in the Media Library, for the roles that may upload files.
 *
 * @package Koop
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'upload_mimes', 'koop_allow_json_uploads', 10, 2 );

/**
 * Allows `.json` for users who may upload files.
 *
 * @param array                $mimes Extensions => MIME type.
 * @param int|WP_User|null     $user  The user, or null for the current one.
 * @return array
 */
function koop_allow_json_uploads( $mimes, $user = null ) {
	$allowed = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $allowed ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

add_filter( 'wp_check_filetype_and_ext', 'koop_check_json_file', 10, 5 );

/**
 * Accepts a `.json` file whose content the server sees as plain text: a document with a
 * syntax error is one, and the block's data check says where the error is.
 *
 * @param array       $checked   What WordPress found: ext, type, proper_filename.
 * @param string      $file      Path of the uploaded file.
 * @param string      $filename  Its name.
 * @param array|null  $mimes     Allowed extensions => MIME type.
 * @param string|bool $real_mime The MIME type the server found in the content.
 * @return array
 */
function koop_check_json_file( $checked, $file, $filename, $mimes, $real_mime = false ) {
	if ( ! empty( $checked['ext'] ) || ! in_array( $real_mime, array( 'text/plain', 'application/json' ), true ) ) {
		return $checked;
	}
	$type = wp_check_filetype( $filename, $mimes );
	if ( 'json' === $type['ext'] ) {
		$checked['ext']  = 'json';
		$checked['type'] = 'application/json';
	}
	return $checked;
}

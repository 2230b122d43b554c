/**
 * What every part of the community shares about members' writing: its kinds, a reference to one
 * piece, the event that tells of its changes, and (in {@code control}) the one Markdown renderer.
 */
package org.returnport.community.content;

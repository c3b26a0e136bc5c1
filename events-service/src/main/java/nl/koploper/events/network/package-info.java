/**
 * The gemeente's Koplopernetwerk, kept from cohort-service's {@code NetworkMemberJoined}/{@code NetworkMemberLeft}:
 * invited as NETWORK_MEMBER when a coordinator invites the network; a member who leaves has its invitations to
 * upcoming meetings withdrawn.
 */
package nl.koploper.events.network;

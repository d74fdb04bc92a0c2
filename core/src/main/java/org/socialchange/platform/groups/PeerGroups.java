package org.socialchange.platform.groups;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeerGroups extends JpaRepository<PeerGroup, Long> {

	List<PeerGroup> findAllByOrderById();

	List<PeerGroup> findByDigestFrequencyNotOrderById(DigestSchedule.Frequency frequency);

	Optional<PeerGroup> findByInviteToken(String inviteToken);

	Optional<PeerGroup> findByChatId(Long chatId);

	Optional<PeerGroup> findByChatCodeHash(String chatCodeHash);

}
